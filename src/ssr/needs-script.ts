/**
 * What a pre-rendered signup form says to a reader without JavaScript when its service takes no plain
 * form post (the site's own JSON endpoint): only the server writes it, so it is here, not in the
 * language packs every reader downloads.
 */
const needsScript: {[lang: string]: string} = {
  en: 'Turn on JavaScript to subscribe.',
  ar: 'فعّل JavaScript لتتمكن من الاشتراك.',
  de: 'Aktiviere JavaScript, um den Newsletter zu abonnieren.',
  es: 'Activa JavaScript para suscribirte.',
  fr: 'Activez JavaScript pour vous abonner.',
  he: 'הפעילו JavaScript כדי להירשם.',
  hi: 'सदस्यता लेने के लिए JavaScript चालू करें।',
  it: 'Attiva JavaScript per iscriverti.',
  ja: '登録するには JavaScript を有効にしてください。',
  ko: '구독하려면 JavaScript를 켜 주세요.',
  nl: 'Zet JavaScript aan om je te abonneren.',
  pl: 'Włącz JavaScript, aby się zapisać.',
  pt: 'Ative o JavaScript para se inscrever.',
  sv: 'Slå på JavaScript för att prenumerera.',
  tr: "Abone olmak için JavaScript'i etkinleştirin.",
  'zh-hans': '请启用 JavaScript 以订阅。',
};

/** The sentence in `lang`, or its language's (zh: Simplified), else English. */
export function needsScriptIn(lang: string): string {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const language = tag.split('-')[0];
  return needsScript[tag] ?? (language === 'zh' ? needsScript['zh-hans'] : needsScript[language]) ?? needsScript.en;
}
