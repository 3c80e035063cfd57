import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { JitExecution } from './jit-executor';

const schema = buildSchema(`
  enum Kind { DISCUSSION QUESTION }
  input NewThread { title: String!, kind: Kind! = DISCUSSION }
  type Query { echo(input: NewThread!): String, fail: String, calls: Int }
  type Mutation { bump: Int }
`);
let calls = 0;
const fields = schema.getQueryType()!.getFields();
fields.echo.resolve = (_r, args: { input: { title: string; kind: string } }) => `${args.input.title}:${args.input.kind}`;
fields.fail.resolve = () => Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' });
fields.calls.resolve = () => calls;
schema.getMutationType()!.getFields().bump.resolve = () => ++calls;

async function run(jit: JitExecution, source: string, variables?: Record<string, unknown>) {
  const { executor } = await jit.load();
  const document = parse(source);
  const rc = {
    document,
    source,
    operation: getOperationAST(document)!,
    operationName: null,
    context: {},
    request: { query: source, variables },
  };
  return executor(rc as unknown as GatewayGraphQLRequestContext);
}

describe('JitExecution', () => {
  const jit = new JitExecution();
  jit.capture(schema);

  it('applies input-field defaults, as graphql-js does (graphql-jit alone does not)', async () => {
    const result = await run(jit, 'query($i: NewThread!) { echo(input: $i) }', { i: { title: 'Boeken' } });
    expect(result).toEqual({ data: { echo: 'Boeken:DISCUSSION' } });
  });

  it("answers a bad variable with graphql-js's own coercion error, which Apollo turns into BAD_USER_INPUT", async () => {
    const result = await run(jit, 'query($i: NewThread!) { echo(input: $i) }', { i: { title: 'x', kind: 'SECRET' } });
    expect(result.errors?.[0].message).toMatch(/^Variable "\$i" got invalid value "SECRET" at "i.kind"/);
  });

  it("gives every field error the extensions Apollo's formatting reads, keeping the original error", async () => {
    const result = await run(jit, '{ fail }');
    expect(result.errors?.[0].extensions).toEqual({});
    expect((result.errors?.[0].originalError as { code?: string }).code).toBe('22P02');
  });

  it('runs mutations, and reuses one compiled query per document', async () => {
    expect(await run(jit, 'mutation { bump }')).toEqual({ data: { bump: 1 } });
    expect(await run(jit, '{ calls }')).toEqual({ data: { calls: 1 } });
    expect(await run(jit, '{ calls }')).toEqual({ data: { calls: 1 } });
  });
});
