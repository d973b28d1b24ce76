import pino, { type Logger } from 'pino';

/**
 * A logger that cannot leak what people searched for. A URL here can hold a ZIP code or an answer about
 * drug use, so request logs carry only the method, the route pattern, the status and the time taken;
 * redaction is a second line of defence for anything passed by mistake.
 */
export function createLogger(options: { level: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: {
        paths: [
          'url',
          'query',
          'body',
          'ip',
          'email',
          'zip',
          'near',
          'headers',
          'req',
          'res',
          '*.url',
          '*.query',
          '*.body',
          '*.ip',
          '*.email',
          '*.headers',
        ],
        censor: '[private]',
      },
    },
    options.destination ?? pino.destination(2),
  );
}

export type { Logger };
