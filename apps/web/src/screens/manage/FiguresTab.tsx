import { FIGURES } from '../../api/operations-manage';
import { useQuery } from '../../api/use-query';
import { ErrorMessage, Loading } from '../../components/Status';
import { t } from '../../i18n';
import { CsvLink, FiguresView, WEEKS } from '../figures/FiguresView';

/** A community's figures for its moderators, with the CSV download. */
export function FiguresTab({ communityId }: { communityId: string }) {
  const { data, error } = useQuery(FIGURES, { communityId, weeks: WEEKS });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const id = encodeURIComponent(communityId);
  return (
    <>
      <FiguresView figures={data.communityFigures} />
      <CsvLink
        path={`/api/figures/communities/${id}.csv?weeks=${WEEKS}`}
        fileName={`figures-${communityId}.csv`}
        label={t('figures.csv')}
      />
    </>
  );
}
