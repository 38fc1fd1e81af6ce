/**
 * An open HID device, shaped like node-hid's `HIDAsync`: attaching a 'data' listener starts reading
 * (each report a Buffer, report id first when the device numbers its reports); a read failure, such
 * as an unplug, stops reading and arrives on 'error', as a plain string in node-hid's async API.
 */
export interface HidDeviceHandle {
  on(event: 'data', listener: (report: Uint8Array) => void): unknown
  on(event: 'error', listener: (error: unknown) => void): unknown
  close(): Promise<void>
}

/**
 * What the readers service needs of node-hid, shaped like the module itself so the module fits as
 * it is and tests pass a fake device. `devicesAsync` answers node-hid's `Device` entries; they come
 * from the OS and the device, so the service checks every one before use.
 */
export interface HidAccess {
  devicesAsync(): Promise<readonly unknown[]>
  readonly HIDAsync: { open(path: string): Promise<HidDeviceHandle> }
}
