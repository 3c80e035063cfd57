import { EntityMetadata } from 'typeorm';
import { hydrate } from './hydrate';

class Thing {
  id!: string;
  createdAt!: Date;
  get label() {
    return `thing ${this.id}`;
  }
}

const meta = {
  create: () => new Thing(),
  columns: [
    { propertyName: 'id', databaseName: 'id', type: 'uuid' },
    { propertyName: 'createdAt', databaseName: 'created_at', type: 'timestamptz' },
  ],
} as unknown as EntityMetadata;

describe('hydrate', () => {
  it('maps columns to properties on real entity instances', () => {
    const [thing] = hydrate<Thing>(meta, [{ id: 'a', created_at: new Date('2026-01-01T00:00:00Z') }]);
    expect(thing).toBeInstanceOf(Thing);
    expect(thing.label).toBe('thing a');
  });

  it('turns timestamps that came through row_to_json back into dates', () => {
    const [thing] = hydrate<Thing>(meta, [{ id: 'b', created_at: '2026-11-27T03:00:00.123+00:00' }]);
    expect(thing.createdAt).toEqual(new Date('2026-11-27T03:00:00.123Z'));
  });
});
