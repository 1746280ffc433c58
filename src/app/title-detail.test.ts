import { describe, expect, it } from 'vitest';
import { createTitleDetail } from './title-detail.ts';

describe('createTitleDetail', () => {
  it('holds the detail and tells its subscribers only when it changes', () => {
    const store = createTitleDetail();
    const heard: (string | null)[] = [];
    const unsubscribe = store.subscribe(() => heard.push(store.get()));
    expect(store.get()).toBeNull();
    store.set('Tháng 10/2026');
    store.set('Tháng 10/2026');
    store.set('Tháng 7/2026');
    store.set(null);
    expect(heard).toEqual(['Tháng 10/2026', 'Tháng 7/2026', null]);
    unsubscribe();
    store.set('Hải Châu');
    expect(heard).toHaveLength(3);
    expect(store.get()).toBe('Hải Châu');
  });
});
