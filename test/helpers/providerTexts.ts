// Inline articles shared by the provider tests (hover, document symbols, semantic tokens).

/** CRLF, 𠮷 in the title, two sections, full-width punctuation, a name inside a quote, an unclosed quote at the end. */
export const ARTICLE = [
  '# 𠮷城新闻：外交部记者会',
  '',
  '**会谈**',
  '',
  '外交部发言人王文斌4月16日在北京表示：“中方愿与美方加强沟通。”',
  '',
  '李强说：“王文斌的说法没错，北京会支持。”近日，国务院发布通知。',
  '',
  '**回应**',
  '',
  '一名官员称：“我们会继续努力。',
  '',
].join('\r\n');

/** Nested quotes, and dates out of calendar order (2024-03-05, 2023-12, 2024-01). */
export const NESTED = '报道称，美方坚持“基于“与台湾关系法”的一中政策”。2024年3月5日，王文斌在北京说，去年12月双方会谈，今年1月又见面。';

/** Surrogate pairs before the items of both CRLF lines. */
export const SURROGATES = '𠮷王文斌在上海表示，外交部将派员前往。\r\n𠮷𠮷北京4月16日电，王文斌抵达上海。';
