/**
 * Products are no entities by the guideline (`iPhone`, `ChatGPT`, `Model Y`), but the model, reading a
 * Latin word where companies stand (`谷歌推出了Gemini`), takes the best-known ones for organizations.
 * Typed from general knowledge (the twenty-eighth round): the consumer devices, operating systems, app
 * stores, AI models and assistants, office software and car models technology news names most; Latin
 * names only, as written, with a model or version word after them (`Gemini Ultra`, `iPhone 15 Pro`). No
 * company's name is here (`Meta`, `TikTok`, `OpenAI` are organizations).
 */
const PRODUCTS = [
  // Apple
  'iPhone', 'iPad', 'iPod', 'iMac', 'Mac', 'MacBook', 'AirPods', 'Apple Watch', 'Vision Pro', 'Apple Vision Pro', 'visionOS', 'iOS', 'iPadOS', 'macOS', 'watchOS', 'App Store', 'TestFlight', 'Siri', 'AppleCare',
  // AI models and assistants
  'ChatGPT', 'GPT', 'Gemini', 'Gemma', 'Bard', 'Copilot', 'Duet AI', 'Claude', 'Llama', 'LLaMA', 'Sora', 'DALL-E', 'Stable Diffusion', 'Transformer', 'Alexa', 'Cortana',
  // software and devices
  'Android', 'Windows', 'Office', 'Excel', 'PowerPoint', 'Chrome', 'Gmail', 'Kindle', 'PlayStation', 'Xbox', 'Pixel', 'Galaxy',
  // cars
  'Model 3', 'Model Y', 'Model S', 'Model X', 'Cybertruck', 'Autopilot', 'FSD',
];
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/**
 * A product's name, then model and version words (`Gemini Ultra 1.0`, `GPT-4`, `iPhone 15 Pro Max`, `iPhone SE`). A
 * number and a capital's digits are read whole (`(?![0-9.])`): read in pieces, a long run of digits split every way before
 * failing (`GPT-` and 24 digits took a second).
 */
const PRODUCT = new RegExp(`^(?:${PRODUCTS.map(escape).join('|')})(?:[-\\s]?(?:[0-9][0-9.]*(?![0-9.])[a-z]?|Pro|Max|Ultra|Advanced|Plus|mini|Mini|Air|Turbo|Beta|[A-Z][0-9]*(?![0-9])))*$`);

/**
 * Acronyms of economic and technical terms that news writes where names stand (`调整后的EBITDA为81亿元`, `美国GDP`),
 * which the model takes for bodies: measures, accounting standards, financial instruments and rates, benchmarks,
 * technologies and kinds of vehicle. Typed from general knowledge (the fifty-third round); no body's acronym is here
 * (`ARM`, `SEC`, `IMF` are organizations).
 */
const TERMS: ReadonlySet<string> = new Set([
  // economic measures, accounting and company figures
  'GDP', 'GNP', 'CPI', 'PPI', 'PMI', 'PCE', 'EBITDA', 'EBIT', 'GAAP', 'IFRS', 'EPS', 'ROE', 'ROA', 'ROI', 'GMV', 'ARPU', 'DAU', 'MAU', 'KPI', 'ESG',
  // markets, instruments and rates
  'IPO', 'ETF', 'REITs', 'REIT', 'LPR', 'MLF', 'SLF', 'RRR', 'WTI', 'PPP', 'CDS', 'QFII', 'RQFII',
  // technologies and kinds of vehicle
  'AI', 'AGI', 'AIGC', 'IT', 'ICT', 'IoT', 'DNA', 'RNA', 'mRNA', 'CUDA', 'API', 'SaaS', 'GPU', 'CPU', 'HBM', 'OLED', 'LCD', 'VR', 'AR', 'XR', 'LNG', 'LPG', 'EV', 'BEV', 'PHEV', 'SUV', 'MPV',
]);

/** `Gemini`, `iPhone 15 Pro`, `GPT-4`: a product, no entity; so is a term's acronym (`EBITDA`, {@link TERMS}). */
export function isProduct(text: string): boolean {
  return TERMS.has(text) || PRODUCT.test(text);
}
