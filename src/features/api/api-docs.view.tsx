import { Layout } from '../../ui/layout.tsx';
import { AddressList } from '../../ui/link-list.tsx';
import { fill, messages, rich } from '../../ui/messages/index.ts';
import { paths } from '../../ui/paths.ts';

const code = (words: string) => <code>{words}</code>;

export function ApiDocsPage(props: { publicUrl: string }) {
  const m = messages().api;
  const examples: [string, string][] = [
    [paths.api.v1('facilities?near=21201&medication=buprenorphine'), m.examples.buprenorphine],
    [paths.api.v1('facilities?near=Dayton,%20OH&radius=50&care=residential&payment=medicaid'), m.examples.dayton],
    [paths.api.v1('facilities.geojson?near=21201'), m.examples.geojson],
    [paths.api.v1('facilities.csv?near=21201&per_page=100'), m.examples.csv],
    [paths.api.v1('services'), m.examples.services],
    [paths.api.v1('directory'), m.examples.directory],
    [paths.api.v1('facilities?near=21201&radius=100&checked=12-months'), m.examples.checked],
    [paths.api.v1('corrections'), m.examples.corrections],
    [paths.api.openApi(), m.examples.openApi],
  ];
  const links = {
    code,
    openapi: (words: string) => <a href={paths.api.openApi()}>{words}</a>,
    data: (words: string) => <a href={paths.about.data()}>{words}</a>,
  };
  return (
    <Layout title={m.title} description={m.description} canonicalPath={paths.api.docs()}>
      <h1>{m.title}</h1>
      <p class="lead">{m.lead}</p>
      <ul>
        {m.points.map((point) => (
          <li>{point}</li>
        ))}
      </ul>
      <h2>{m.examplesTitle}</h2>
      <AddressList items={examples} />
      <h2>{m.hsdsTitle}</h2>
      <p>
        {rich(m.hsds, {
          code,
          path: <code>{paths.openData.hsds()}</code>,
          mapping: (words) => <a href={paths.openData.hsdsDocs()}>{words}</a>,
        })}
      </p>
      <h2>{m.rulesTitle}</h2>
      <ul>
        {m.rules.map((rule) => (
          <li>{rich(rule, links)}</li>
        ))}
      </ul>
      <p class="small">{fill(m.base, { url: `${props.publicUrl}${paths.api.v1('').replace(/\/$/, '')}` })}</p>
    </Layout>
  );
}
