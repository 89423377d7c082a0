/** A start that fails because its port is taken: one line naming the port and the variable that moves it. */
export class PortInUseError extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
    readonly variable: string,
  ) {
    super(`Port ${port} on ${host} is already in use: set ${variable} to another port (e.g. ${variable}=${port === 0 ? 4001 : port + 1}), or stop what is using it.`);
    this.name = 'PortInUseError';
  }
}

export function isAddressInUse(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'EADDRINUSE';
}
