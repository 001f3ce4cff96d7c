import { describe, expect, it } from 'vitest';
import { isPrivateAddress, notLocalReason } from './local-network.js';

describe('isPrivateAddress', () => {
  it('knows the private, loopback and link-local ranges', () => {
    for (const ip of ['10.1.2.3', '127.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.1.1', '100.64.0.1', '::1', 'fd12:3456::1', 'fe80::1', '::ffff:192.168.0.1']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:4860::8888', '::ffff:8.8.8.8', 'gis.local']) {
      expect(isPrivateAddress(ip), ip).toBe(false);
    }
  });
});

describe('notLocalReason', () => {
  const resolver = (table: Record<string, string[]>) => async (host: string) => {
    if (!(host in table)) throw new Error('ENOTFOUND');
    return table[host]!;
  };

  it('accepts hosts whose every address is local', async () => {
    expect(await notLocalReason(new URL('http://192.168.10.5:8080/style.json'))).toBeNull();
    expect(await notLocalReason(new URL('http://gis.daklak.gov.vn/style.json'), resolver({ 'gis.daklak.gov.vn': ['10.20.0.4'] }))).toBeNull();
  });

  it('refuses the internet, mixed answers and unknown hosts with the reason', async () => {
    expect(await notLocalReason(new URL('https://1.2.3.4/s.json'))).toMatch(/not an address of the local network/);
    expect(await notLocalReason(new URL('https://tiles.example/s.json'), resolver({ 'tiles.example': ['10.0.0.1', '93.184.216.34'] }))).toMatch(/93\.184\.216\.34/);
    expect(await notLocalReason(new URL('https://nowhere.invalid/s.json'), resolver({}))).toMatch(/cannot resolve/);
  });
});
