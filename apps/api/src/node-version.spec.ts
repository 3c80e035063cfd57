import { nodeTooOld } from './node-version';

describe('node version guard', () => {
  it('lets Node 22.13+ and 24.11+ start, and stops an older one with one line', () => {
    expect(nodeTooOld('v22.13.0')).toBeUndefined();
    expect(nodeTooOld('v24.21.0')).toBeUndefined();
    expect(nodeTooOld('v26.0.0')).toBeUndefined();
    expect(nodeTooOld('v22.12.0')).toMatch(/^Waardenet needs Node 22\.13 or later/);
    expect(nodeTooOld('v24.10.0')).toMatch(/^Waardenet needs Node 22\.13 or later/);
    expect(nodeTooOld('v20.20.2')).toMatch(/^Waardenet needs Node 22\.13 or later .* this is v20\.20\.2 .*npm start/);
  });

  it('the tests themselves run on the Node 24 from node_modules', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
