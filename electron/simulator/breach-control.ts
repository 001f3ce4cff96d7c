// `/__sim/breaches` (tests and demos, with fault control enabled): GET lists the pushed breaches,
// POST {"kpiId", "severity"?} pushes one, DELETE [?kpiId=] resolves them with a correction.
import type { ApiResponse } from './api.js';
import { errorResponse } from './api.js';
import { BreachPushError, breachPushSchema, type BreachPush, type PushedBreach } from './pushed-breaches.js';
import type { SeriesEngine } from './series.js';

export interface BreachControl {
  push(push: BreachPush): PushedBreach;
  (req: { method?: string; url?: string }, body: string): Promise<ApiResponse>;
}

export function breachControl(engine: SeriesEngine, now: () => number): BreachControl {
  function push(p: BreachPush): PushedBreach {
    const model = engine.model(p.kpiId);
    if (!model) throw new BreachPushError(`unknown KPI "${p.kpiId}"`);
    return engine.pushed.push(model, now(), p.severity);
  }

  const control = async (req: { method?: string; url?: string }, body: string): Promise<ApiResponse> => {
    const list = () => ({ status: 200, json: JSON.stringify({ items: engine.pushed.list() }) });
    switch (req.method) {
      case 'GET':
        return list();
      case 'DELETE': {
        const kpiId = new URL(req.url ?? '/', 'http://simulator.invalid').searchParams.get('kpiId') ?? undefined;
        engine.pushed.resolve(now(), kpiId);
        return list();
      }
      case 'POST': {
        let raw: unknown;
        try {
          raw = JSON.parse(body || '{}');
        } catch (error) {
          return errorResponse(400, 'bad-request', `body must be JSON: ${(error as Error).message}`);
        }
        const parsed = breachPushSchema.safeParse(raw);
        if (!parsed.success) return errorResponse(400, 'bad-request', `breach: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`);
        try {
          push(parsed.data);
        } catch (error) {
          if (error instanceof BreachPushError) return errorResponse(422, 'cannot-breach', error.message);
          throw error;
        }
        return list();
      }
      default:
        return errorResponse(405, 'method-not-allowed', `${req.method} is not allowed`, { Allow: 'GET, POST, DELETE' });
    }
  };
  return Object.assign(control, { push });
}
