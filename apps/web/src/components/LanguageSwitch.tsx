import { LOCALES, setLocale, t, useLocale, type Locale } from '../i18n';

const NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/** Each language named in itself, as a pressed/unpressed button pair. */
export function LanguageSwitch() {
  const current = useLocale();
  return (
    <div class="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={code === current} onClick={() => setLocale(code)}>
          {NAMES[code]}
        </button>
      ))}
    </div>
  );
}
