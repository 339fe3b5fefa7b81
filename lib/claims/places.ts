/**
 * Egypt's 27 governorates as claims name them: the Arabic name (with or without its article, which the word stems
 * drop), common Egyptian and English spellings. Codes are ISO 3166-2:EG, as on the governorate pages.
 */
export const governorateNames: readonly { code: string; names: readonly string[] }[] = [
  { code: 'EG-C', names: ['القاهرة', 'cairo'] },
  { code: 'EG-ALX', names: ['الإسكندرية', 'اسكندرية', 'alexandria', 'alex'] },
  { code: 'EG-ASN', names: ['أسوان', 'aswan'] },
  { code: 'EG-AST', names: ['أسيوط', 'asyut', 'assiut', 'asyout'] },
  { code: 'EG-BA', names: ['البحر الأحمر', 'red sea'] },
  { code: 'EG-BH', names: ['البحيرة', 'beheira', 'behera', 'buhayrah'] },
  { code: 'EG-BNS', names: ['بني سويف', 'beni suef', 'bani sweif', 'beni sueif'] },
  { code: 'EG-DK', names: ['الدقهلية', 'dakahlia', 'dakahleya', 'daqahliyah'] },
  { code: 'EG-DT', names: ['دمياط', 'damietta'] },
  { code: 'EG-FYM', names: ['الفيوم', 'faiyum', 'fayoum', 'fayyum'] },
  { code: 'EG-GH', names: ['الغربية', 'gharbia', 'gharbeya', 'gharbiya'] },
  { code: 'EG-GZ', names: ['الجيزة', 'giza', 'gizah'] },
  { code: 'EG-IS', names: ['الإسماعيلية', 'ismailia', 'ismailiya'] },
  { code: 'EG-JS', names: ['جنوب سيناء', 'south sinai'] },
  { code: 'EG-KB', names: ['القليوبية', 'qalyubia', 'kalyubia', 'qaliubiya'] },
  { code: 'EG-KFS', names: ['كفر الشيخ', 'kafr el sheikh', 'kafr elsheikh', 'kafr al sheikh', 'kafrelsheikh'] },
  { code: 'EG-KN', names: ['قنا', 'qena', 'kena'] },
  { code: 'EG-LX', names: ['الأقصر', 'luxor'] },
  { code: 'EG-MN', names: ['المنيا', 'minya', 'minia'] },
  { code: 'EG-MNF', names: ['المنوفية', 'monufia', 'menoufia', 'menofia', 'minufiya'] },
  { code: 'EG-MT', names: ['مطروح', 'مرسى مطروح', 'matrouh', 'matruh', 'marsa matrouh'] },
  { code: 'EG-PTS', names: ['بورسعيد', 'بور سعيد', 'port said'] },
  { code: 'EG-SHG', names: ['سوهاج', 'sohag', 'suhag'] },
  { code: 'EG-SHR', names: ['الشرقية', 'sharqia', 'sharkia', 'sharqiya'] },
  { code: 'EG-SIN', names: ['شمال سيناء', 'north sinai'] },
  { code: 'EG-SUZ', names: ['السويس', 'suez'] },
  { code: 'EG-WAD', names: ['الوادي الجديد', 'new valley'] },
];
