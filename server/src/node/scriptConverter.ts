// The one module that owns opencc-js: the Traditional → Simplified converter analysis is handed.
import { ConverterFactory, Locale } from 'opencc-js/t2cn';
import type { ScriptConverter } from '../analysis/script/convert';

let built: ScriptConverter | undefined;

/**
 * Hong Kong, then Taiwan variant characters to OpenCC's standard ones (`衞` → `衛`), then OpenCC's
 * Traditional → Simplified phrases and characters (`臺灣` → `台湾`): one converter for articles
 * from either. Taiwan's phrase table (`tw2sp`) is left out: it rewrites common news words
 * (`執行` → `运行`, `核心` → `内核`, `智慧` → `智能`).
 */
function build(): ScriptConverter {
  return ConverterFactory(...Locale.from.hk, ...Locale.from.tw, ...Locale.to.cn);
}

/**
 * The converter; its dictionaries are built on first use, so a process that only sees Simplified
 * articles never builds them.
 */
export function loadScriptConverter(): ScriptConverter {
  return (text) => (built ??= build())(text);
}
