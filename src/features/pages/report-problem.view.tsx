/**
 * How to tell us about a problem. The operator of each copy of the site sets ISSUES_URL (for example their code
 * repository's issues page); until then the pages say plainly who to ask instead of pointing at a link that
 * does not exist.
 */
export function ReportProblem(props: { issuesUrl: string | undefined }) {
  return props.issuesUrl ? (
    <>
      open an issue in{' '}
      <a href={props.issuesUrl} rel="noreferrer">
        our public issue tracker
      </a>
    </>
  ) : (
    <>contact the people who run this copy of Open Treatment</>
  );
}
