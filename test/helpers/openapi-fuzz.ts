/**
 * Requests built from the served OpenAPI document, for fuzzing every string field a route takes:
 * a plausible request per route (each schema's first enum value, formats filled in, minimums met),
 * then one case per string field and per poison — NUL, an unpaired high or low surrogate, a
 * reversed pair, overlong text — with the rest of the request left plausible.
 */

type Schema = Record<string, unknown> & { $ref?: string };
interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: { in: string; name: string; schema: Schema; required?: boolean }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

/** A route's plausible request and where its string fields are. */
export interface RouteInputs {
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  /** Paths of string fields: `params.id`, `querystring.archived`, `body.answers.0.text`, with their maxLength. */
  strings: { path: string; maxLength?: number }[];
  fields: number;
}

export interface PoisonCase {
  url: string;
  body?: unknown;
  label: string;
  path: string;
  /** 400: must be refused as bad input; 'no5xx': any answer below 500. */
  expect: 400 | 'no5xx';
}

interface Context {
  uuid: string;
  params: Record<string, string>;
}

function deref(doc: OpenApiDoc, s: Schema | undefined): Schema | undefined {
  let cur = s;
  for (let i = 0; cur?.$ref && i < 10; i++) cur = doc.components?.schemas?.[cur.$ref.split('/').pop()!];
  return cur;
}

function typeOf(s: Schema): string | undefined {
  const t = s.type;
  if (Array.isArray(t)) return (t as string[]).find((x) => x !== 'null');
  return t as string | undefined;
}

function options(doc: OpenApiDoc, s: Schema): Schema[] | undefined {
  const opts = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  return opts?.map((o) => deref(doc, o)!).filter((o) => o && typeOf(o) !== 'null');
}

function stringSample(s: Schema, ctx: Context): string {
  const fmt = s.format as string | undefined;
  let v =
    fmt === 'uuid'
      ? ctx.uuid
      : fmt === 'date-time'
        ? '2027-06-01T10:00:00.000Z'
        : fmt === 'date'
          ? '2026-12-01'
          : fmt === 'email'
            ? 'someone@home.test'
            : fmt === 'uri' || fmt === 'url'
              ? 'http://127.0.0.1:9'
              : 'calm text';
  if (typeof s.pattern === 'string' && !fmt) {
    const re = new RegExp(s.pattern as string, 'u');
    v = ['safe-place', ctx.uuid, 'calm text', 'abc', '1', '2026-12-01', '#336699', 'x'.repeat(43)].find((c) => re.test(c)) ?? v;
  }
  const min = (s.minLength as number | undefined) ?? 0;
  if (v.length < min) v = v.padEnd(min, 'a');
  const max = s.maxLength as number | undefined;
  return max !== undefined ? v.slice(0, max) : v;
}

/** A plausible value for `s`, recording the path of every string field met on the way. */
function sample(doc: OpenApiDoc, raw: Schema | undefined, path: string, ctx: Context, strings: RouteInputs['strings'], depth = 0): unknown {
  const s = deref(doc, raw);
  if (!s || depth > 12) return null;
  if ('const' in s) return s.const;
  const opts = options(doc, s);
  if (opts && opts.length > 0) return sample(doc, opts[0], path, ctx, strings, depth + 1);
  if (Array.isArray(s.allOf)) return Object.assign({}, ...(s.allOf as Schema[]).map((p) => sample(doc, p, path, ctx, strings, depth + 1)));
  const type = typeOf(s);
  if (Array.isArray(s.enum)) {
    if (type === 'string' || typeof s.enum[0] === 'string') strings.push({ path });
    return s.enum[0];
  }
  switch (type) {
    case 'object': {
      // Only required properties go into the plausible request (an optional id would name a record
      // that does not exist); optional string fields are still listed, and poisoned one at a time.
      const out: Record<string, unknown> = {};
      const required = new Set((s.required as string[] | undefined) ?? []);
      for (const [k, v] of Object.entries((s.properties as Record<string, Schema> | undefined) ?? {})) {
        const value = sample(doc, v, `${path}.${k}`, ctx, strings, depth + 1);
        if (required.has(k)) out[k] = value;
      }
      return out;
    }
    case 'array': {
      const n = Math.max(1, (s.minItems as number | undefined) ?? 0);
      return Array.from({ length: n }, (_, i) => sample(doc, s.items as Schema, `${path}.${i}`, ctx, i === 0 ? strings : [], depth + 1));
    }
    case 'string':
      strings.push({ path, maxLength: s.maxLength as number | undefined });
      return stringSample(s, ctx);
    case 'integer':
    case 'number': {
      const lo = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : -Infinity;
      const hi = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum - 1 : Infinity;
      return Math.min(Math.max(1, lo), hi);
    }
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** Reads the route's parameters and JSON body from the OpenAPI document (`:id` ↔ `{id}`). */
export function routeInputs(doc: OpenApiDoc, method: string, route: string, ctx: Context & { example?: unknown }): RouteInputs {
  const op = doc.paths[route.replace(/:([a-zA-Z]+)/g, '{$1}')]?.[method.toLowerCase()];
  const strings: RouteInputs['strings'] = [];
  const params: Record<string, string> = { ...ctx.params };
  const query: Record<string, string> = {};
  for (const p of op?.parameters ?? []) {
    if (p.in === 'path') {
      strings.push({ path: `params.${p.name}` });
      params[p.name] ??= String(sample(doc, p.schema, `params.${p.name}`, ctx, []));
    } else if (p.in === 'query') {
      const v = sample(doc, p.schema, `querystring.${p.name}`, ctx, []);
      strings.push({ path: `querystring.${p.name}` });
      if (p.required || typeof v === 'string') query[p.name] = String(v);
    }
  }
  const bodySchema = op?.requestBody?.content?.['application/json']?.schema;
  const sampled = bodySchema ? sample(doc, bodySchema, 'body', ctx, strings) : undefined;
  const body = ctx.example !== undefined ? ctx.example : sampled;
  return { route, params, query, body, strings, fields: strings.length };
}

function setAt(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = setAt(copy[Number(head)], rest, value);
    return copy;
  }
  const obj = (root ?? {}) as Record<string, unknown>;
  return { ...obj, [head]: setAt(obj[head], rest, value) };
}

const urlOf = (route: string, params: Record<string, string>, query: Record<string, string>): string => {
  const path = route.replace(/:([a-zA-Z]+)/g, (_, k: string) => params[k] ?? 'x');
  const q = Object.entries(query)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return q ? `${path}?${q}` : path;
};

const enc = (o: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, encodeURIComponent(v)]));

/** One case per string field and poison; URL parts carry NUL as `%00` and surrogates as their (invalid) UTF-8 bytes. */
export function* poisonedCases(inputs: RouteInputs): Generator<PoisonCase> {
  const params = enc(inputs.params);
  const query = enc(inputs.query);
  for (const { path, maxLength } of inputs.strings) {
    const [where, ...rest] = path.split('.') as [string, ...string[]];
    if (where === 'body') {
      const url = urlOf(inputs.route, params, query);
      const texts: [string, string, 400 | 'no5xx'][] = [
        ['NUL', 'sun\u0000set', 400],
        ['lone high surrogate', 'calm \ud800', 400],
        ['lone low surrogate', '\udc00 calm', 400],
        ['reversed pair', '\udc00\ud83d', 400],
        ['overlong', maxLength !== undefined ? 'x'.repeat(maxLength + 1) : 'é'.repeat(100_000), 'no5xx'],
      ];
      for (const [label, text, expect] of texts) yield { url, body: setAt(inputs.body, rest, text), label, path, expect };
      continue;
    }
    const name = rest.join('.');
    const bag = where === 'params' ? params : query;
    const variants: [string, string, 400 | 'no5xx'][] = [
      ['NUL', '%00', 400],
      ['NUL inside', `a%00${bag[name] ?? ''}`, 400],
      ['surrogate bytes', '%ED%A0%80', 'no5xx'],
      ['cut UTF-8', '%F0%9F', 'no5xx'],
      ['overlong', 'x'.repeat(20_000), 'no5xx'],
    ];
    for (const [label, raw, expect] of variants) {
      const url = where === 'params' ? urlOf(inputs.route, { ...params, [name]: raw }, query) : urlOf(inputs.route, params, { ...query, [name]: raw });
      yield { url, ...(inputs.body !== undefined ? { body: inputs.body } : {}), label, path, expect };
    }
  }
}
