import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { apiRoute, honoPath, openApiDocument } from './openapi.ts';

const thing = z.object({ id: z.string(), size: z.number().int() }).meta({ id: 'TestThing' });
const query = z.object({
  near: z.string().max(10).meta({ description: 'Where.' }),
  tags: z.array(z.enum(['a', 'b'])).default([]),
  page: z.coerce.number().int().min(1).default(1),
});
const route = apiRoute({
  method: 'get',
  path: '/api/v1/things/{id}',
  operationId: 'getThing',
  summary: 'One thing',
  params: z.object({ id: z.string() }),
  query,
  responses: {
    200: { description: 'The thing.', json: thing },
    404: { description: 'None.', content: { 'text/plain': { type: 'string' } } },
  },
});
const info = { info: { title: 'T', version: '1' }, servers: [{ url: 'https://example.org' }] };
/** The document's GET /api/v1/things/{id} operation, which every test here expects to be there. */
function thingOperation(doc: ReturnType<typeof openApiDocument>) {
  const operation = doc.paths['/api/v1/things/{id}']?.get;
  assert.ok(operation, 'the document has GET /api/v1/things/{id}');
  return operation as {
    parameters: { name: string; in: string; required: boolean }[];
    responses: Record<string, unknown>;
  };
}
const parameters = (doc: ReturnType<typeof openApiDocument>) => thingOperation(doc).parameters;

describe('openApiDocument', () => {
  test('every field of the query and path schemas is a parameter, with its type, limits, default and description', () => {
    const params = parameters(openApiDocument({ ...info, routes: [route] }));
    assert.deepEqual(
      params.map((p) => [p.name, p.in, p.required]),
      [
        ['id', 'path', true],
        ['near', 'query', true],
        ['tags', 'query', false],
        ['page', 'query', false],
      ],
    );
    assert.deepEqual(params[1], {
      name: 'near',
      in: 'query',
      required: true,
      description: 'Where.',
      schema: { type: 'string', maxLength: 10 },
    });
    assert.deepEqual(params[2], {
      name: 'tags',
      in: 'query',
      required: false,
      style: 'form',
      explode: true,
      schema: { type: 'array', items: { type: 'string', enum: ['a', 'b'] }, default: [] },
    });
  });

  test('a field added to a query schema appears in the document with no other edit', () => {
    const before = parameters(openApiDocument({ ...info, routes: [route] }));
    const extended = {
      ...route,
      query: query.extend({ radius: z.enum(['5', '10']).optional().meta({ description: 'Miles.' }) }),
    };
    const after = parameters(openApiDocument({ ...info, routes: [extended] }));
    assert.equal(after.length, before.length + 1);
    assert.deepEqual(after.at(-1), {
      name: 'radius',
      in: 'query',
      required: false,
      description: 'Miles.',
      schema: { type: 'string', enum: ['5', '10'] },
    });
  });

  test('a response schema with an id is a component, referred to by $ref; other bodies are inline', () => {
    const doc = openApiDocument({ ...info, routes: [route] });
    const { responses } = thingOperation(doc);
    assert.deepEqual(responses['200'], {
      description: 'The thing.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/TestThing' } } },
    });
    assert.deepEqual(responses['404'], { description: 'None.', content: { 'text/plain': { schema: { type: 'string' } } } });
    assert.deepEqual(doc.components.schemas.TestThing, {
      type: 'object',
      properties: { id: { type: 'string' }, size: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 } },
      required: ['id', 'size'],
      additionalProperties: false,
    });
  });

  test('honoPath turns {name} into :name below where the group is mounted', () => {
    assert.equal(honoPath(route, '/api'), '/v1/things/:id');
    assert.equal(honoPath({ path: '/api' }, '/api'), '/');
    assert.throws(() => honoPath(route, '/other'));
  });
});
