import { foldDigits } from './number';

export interface GovernorateRef {
  code: string;
  nameAr: string;
  nameEn: string;
}

/** Other English spellings seen in Egyptian data sets, folded the same way as the names. */
const englishAliases: Record<string, string[]> = {
  'EG-FYM': ['fayoum', 'fayum'],
  'EG-AST': ['assiut', 'asyout'],
  'EG-KB': ['qalyubiya', 'kalyubia', 'qaliubiya'],
  'EG-SHR': ['sharkia', 'sharqiya', 'sharkiya'],
  'EG-MNF': ['menoufia', 'menofia', 'minufiya'],
  'EG-MT': ['matruh', 'marsamatrouh'],
  'EG-BH': ['behira', 'buhayrah'],
  'EG-GH': ['gharbiya', 'gharbiyah'],
  'EG-MN': ['menia', 'minia'],
  'EG-BNS': ['banisuef', 'benisweif'],
  'EG-KN': ['qina', 'kena'],
  'EG-KFS': ['kafrelshaikh', 'kafrashshaykh'],
  'EG-DK': ['dakahliya', 'daqahliya'],
  'EG-WAD': ['wadielgedid', 'alwadialjadid'],
  'EG-PTS': ['portsaeed'],
};

/** Arabic folded the way search engines do: hamza forms, alef maqsura, ta marbuta, harakat, tatweel. */
function foldArabic(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/^محافظه\s*/, '')
    .replace(/\s+/g, '');
}

function foldEnglish(s: string): string {
  return s.toLowerCase().replace(/governorate/g, '').replace(/^(al|el)[\s-]+/, '').replace(/[^a-z]/g, '');
}

/** Finds a governorate by ISO code (with or without "EG-"), Arabic name or English name. */
export function governorateMatcher(governorates: readonly GovernorateRef[]): (input: string) => string | null {
  const byKey = new Map<string, string>();
  for (const g of governorates) {
    byKey.set(`code:${g.code}`, g.code);
    byKey.set(`code:${g.code.slice(3)}`, g.code);
    byKey.set(`ar:${foldArabic(g.nameAr)}`, g.code);
    byKey.set(`en:${foldEnglish(g.nameEn)}`, g.code);
    for (const alias of englishAliases[g.code] ?? []) byKey.set(`en:${alias}`, g.code);
  }
  return (input) => {
    const raw = foldDigits(input).trim();
    const code = raw.toUpperCase();
    return (
      byKey.get(`code:${code}`) ??
      byKey.get(`code:${code.replace(/^EG-/, '')}`) ??
      byKey.get(`ar:${foldArabic(raw)}`) ??
      byKey.get(`en:${foldEnglish(raw)}`) ??
      null
    );
  };
}
