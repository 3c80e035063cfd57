import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { navigate, paths, useRoute } from '../router';

/** The search box in the header: a search landmark that opens the search screen. */
export function SearchBox() {
  const { route, search } = useRoute();
  const current = route.name === 'search' ? (search.get('q') ?? '') : '';
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  const submit = (event: Event) => {
    event.preventDefault();
    const query = value.trim();
    if (query) navigate(paths.search(query, route.name === 'search' ? (search.get('kind') ?? undefined) : undefined));
  };
  return (
    <form role="search" class="search-box" onSubmit={submit} action="/search">
      <label for="site-search" class="visually-hidden">
        {t('search.label')}
      </label>
      <input id="site-search" name="q" type="search" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
