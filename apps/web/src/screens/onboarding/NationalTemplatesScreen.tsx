import '../../i18n/lazy';
import '../../i18n/onboarding';
import { useState } from 'preact/hooks';
import { request } from '../../api/client';
import type { TemplateKind } from '../../api/generated/graphql';
import { NATIONAL_LIBRARIES, NATIONAL_THEME_COMMUNITIES, PUBLISH_COMMUNITY_TEMPLATE } from '../../api/operations-templates';
import { useLoader } from '../../api/use-query';
import { useSending } from '../../api/use-sending';
import { announce } from '../../components/Announcer';
import { Breadcrumb } from '../../components/Breadcrumb';
import { ColourField, isColour } from '../../components/ColourField';
import { PageHeading } from '../../components/PageHeading';
import { FormEnd } from '../../components/FormEnd';
import { Loading, ScreenError } from '../../components/Status';
import { TextAreaField, TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { paths } from '../../router';
import { TemplateAdoptionTable } from './TemplateAdoptionTable';

type Field = 'name' | 'description' | 'startsOn' | 'endsOn' | 'bannerColor';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

async function loadThemeCommunities() {
  const { libraries } = await request(NATIONAL_LIBRARIES, {});
  const national = libraries.edges.map((e) => e.node).filter((l) => l.kind === 'NATIONAL');
  const lists = await Promise.all(national.map((l) => request(NATIONAL_THEME_COMMUNITIES, { libraryId: l.id })));
  return lists.flatMap((r, i) => r.communities.edges.map((e) => ({ ...e.node, libraryName: national[i].name })));
}

/** /national/templates: national staff publish community templates and campaigns, and see how many libraries adopted each. */
export function NationalTemplatesScreen() {
  const { data, error } = useLoader('national-theme-communities', loadThemeCommunities);
  const [generation, setGeneration] = useState(0);
  if (error) return <ScreenError title={t('tpl.title')} error={error} />;
  if (!data) return <Loading />;
  return (
    <>
      <Breadcrumb parents={[{ href: paths.nationalDashboard(), label: t('library.nationalDashboard') }]} />
      <PageHeading title={t('tpl.title')} />
      <p class="lead">{t('tpl.intro')}</p>
      {data.length ? <PublishForm communities={data} onPublished={() => setGeneration((g) => g + 1)} /> : <p>{t('tpl.noNational')}</p>}
      <TemplateAdoptionTable generation={generation} />
    </>
  );
}

function PublishForm({
  communities,
  onPublished,
}: {
  communities: { id: string; name: string; libraryName: string }[];
  onPublished: () => void;
}) {
  const [kind, setKind] = useState<TemplateKind>('TEMPLATE');
  const [communityId, setCommunityId] = useState(communities[0].id);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [starters, setStarters] = useState([
    { title: '', body: '' },
    { title: '', body: '' },
  ]);
  const [watched, setWatched] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [bannerText, setBannerText] = useState('');
  const [bannerColor, setBannerColor] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const { busy, failure, setFailure, send } = useSending();
  const [notice, setNotice] = useState<string | null>(null);
  const campaign = kind === 'CAMPAIGN';
  const clear = (field: Field) => setErrors((e) => ({ ...e, [field]: undefined }));
  const setStarter = (i: number, key: 'title' | 'body', value: string) =>
    setStarters((list) => list.map((s, j) => (j === i ? { ...s, [key]: value } : s)));

  const submit = async (event: Event) => {
    event.preventDefault();
    setNotice(null);
    setFailure(null);
    const found: Partial<Record<Field, string>> = {
      name: name.trim().length >= 3 ? undefined : t('tpl.required'),
      description: description.trim() ? undefined : t('tpl.required'),
      startsOn: !campaign || DAY.test(startsOn.trim()) ? undefined : t('tpl.dayInvalid'),
      endsOn: !campaign || DAY.test(endsOn.trim()) ? undefined : t('tpl.dayInvalid'),
      bannerColor: !campaign || !bannerColor.trim() || isColour(bannerColor) ? undefined : t('tpl.colorInvalid'),
    };
    setErrors(found);
    const first = (['name', 'description', 'startsOn', 'endsOn', 'bannerColor'] as const).find((k) => found[k]);
    if (first) {
      document.getElementById(`tpl-${first}`)?.focus();
      return;
    }
    await send(async () => {
      const { publishCommunityTemplate } = await request(PUBLISH_COMMUNITY_TEMPLATE, {
        input: {
          kind,
          nationalCommunityId: communityId,
          name: name.trim(),
          description: description.trim(),
          starterThreads: starters
            .filter((s) => s.title.trim() && s.body.trim())
            .map((s) => ({ title: s.title.trim(), body: s.body.trim() })),
          watchedWords: watched
            .split(',')
            .map((w) => w.trim())
            .filter(Boolean),
          ...(campaign
            ? {
                startsOn: startsOn.trim(),
                endsOn: endsOn.trim(),
                bannerText: bannerText.trim() || null,
                bannerColor: bannerColor.trim() || null,
              }
            : {}),
        },
      });
      const said = t('tpl.published', { name: publishCommunityTemplate.name });
      setNotice(said);
      announce(said);
      setName('');
      setDescription('');
      setStarters([
        { title: '', body: '' },
        { title: '', body: '' },
      ]);
      setWatched('');
      onPublished();
    });
  };

  return (
    <section aria-labelledby="tpl-publish-heading">
      <h2 id="tpl-publish-heading">{t('tpl.publishTitle')}</h2>
      <form class="settings-form" onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for="tpl-kind">{t('tpl.kind')}</label>
          <select id="tpl-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as TemplateKind)}>
            <option value="TEMPLATE">{t('onb.kind.TEMPLATE')}</option>
            <option value="CAMPAIGN">{t('onb.kind.CAMPAIGN')}</option>
          </select>
        </div>
        <div class="field">
          <label for="tpl-community">{t('tpl.community')}</label>
          <select id="tpl-community" value={communityId} onChange={(e) => setCommunityId(e.currentTarget.value)}>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.libraryName})
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="tpl-name"
          label={t('tpl.name')}
          value={name}
          onInput={(v) => {
            setName(v);
            clear('name');
          }}
          error={errors.name}
          autoComplete="off"
        />
        <TextAreaField
          id="tpl-description"
          label={t('tpl.description')}
          rows={3}
          value={description}
          onInput={(v) => {
            setDescription(v);
            clear('description');
          }}
          error={errors.description}
        />
        {starters.map((s, i) => (
          <fieldset key={i} class="starter">
            <legend>{t('tpl.starter', { n: i + 1 })}</legend>
            <TextField
              id={`tpl-starter-${i}-title`}
              label={t('tpl.starterTitle', { n: i + 1 })}
              value={s.title}
              onInput={(v) => setStarter(i, 'title', v)}
              autoComplete="off"
            />
            <TextAreaField
              id={`tpl-starter-${i}-body`}
              label={t('tpl.starterBody', { n: i + 1 })}
              rows={2}
              value={s.body}
              onInput={(v) => setStarter(i, 'body', v)}
            />
          </fieldset>
        ))}
        <TextField
          id="tpl-watched"
          label={t('tpl.watched')}
          hint={t('tpl.watchedHint')}
          value={watched}
          onInput={setWatched}
          autoComplete="off"
        />
        {campaign ? (
          <>
            <TextField
              id="tpl-startsOn"
              label={t('tpl.startsOn')}
              hint="JJJJ-MM-DD"
              value={startsOn}
              onInput={(v) => {
                setStartsOn(v);
                clear('startsOn');
              }}
              error={errors.startsOn}
              autoComplete="off"
            />
            <TextField
              id="tpl-endsOn"
              label={t('tpl.endsOn')}
              hint="JJJJ-MM-DD"
              value={endsOn}
              onInput={(v) => {
                setEndsOn(v);
                clear('endsOn');
              }}
              error={errors.endsOn}
              autoComplete="off"
            />
            <TextField id="tpl-bannerText" label={t('tpl.bannerText')} value={bannerText} onInput={setBannerText} autoComplete="off" />
            <ColourField
              id="tpl-bannerColor"
              label={t('tpl.bannerColor')}
              hint={t('tpl.bannerColorHint')}
              value={bannerColor}
              onInput={(v) => {
                setBannerColor(v);
                clear('bannerColor');
              }}
              error={errors.bannerColor}
            />
          </>
        ) : null}
        <FormEnd failure={failure} busy={busy} label={t('tpl.publish')} notice={notice} />
      </form>
    </section>
  );
}
