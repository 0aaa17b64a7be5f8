import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics, served at /metrics. One registry per process: the instances of a deployment
 * are told apart by the scraper's `instance` label, never by anything here.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'rapporteur_' });

export const questionsTotal = new Counter({
  name: 'rapporteur_questions_total',
  help: 'Questions answered from Slack, by intent and outcome (answered, declined, invalid, failed)',
  labelNames: ['intent', 'outcome'] as const,
  registers: [registry],
});

export const answerSeconds = new Histogram({
  name: 'rapporteur_answer_seconds',
  help: 'Time from a question reaching the engine to its answer being ready, in seconds',
  labelNames: ['surface'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
  registers: [registry],
});

export const refusalsTotal = new Counter({
  name: 'rapporteur_refusals_total',
  help: 'Questions the bot declined to answer: not in the documents, or not a question it can take',
  labelNames: ['reason'] as const,
  registers: [registry],
});

export const remindersTotal = new Counter({
  name: 'rapporteur_reminders_total',
  help: 'Reminders planned (new or restored), sent (posted, or found already posted), failed (will retry) and skipped (too late)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const slackApiErrorsTotal = new Counter({
  name: 'rapporteur_slack_api_errors_total',
  help: 'Failed Slack Web API calls, by method',
  labelNames: ['method'] as const,
  registers: [registry],
});
