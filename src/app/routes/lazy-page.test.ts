import { loadPage } from './lazy-page';

const chunkGone = () => new TypeError('Failed to fetch dynamically imported module: /assets/sites-page.js');

describe('loading a page’s code', () => {
  it('waits while offline and loads the page once the connection is back', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(chunkGone())
      .mockResolvedValue('Sites page');

    const listen = vi.spyOn(window, 'addEventListener');

    const page = loadPage(load);
    await vi.waitFor(() => expect(listen).toHaveBeenCalledWith('online', expect.any(Function)));
    expect(load).toHaveBeenCalledTimes(1);
    onLine.mockReturnValue(true);
    window.dispatchEvent(new Event('online'));

    await expect(page).resolves.toBe('Sites page');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reports a chunk that is gone while the server answers (a new deployment)', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response(null, { status: 200 }));
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(chunkGone());

    await expect(loadPage(load)).rejects.toThrow('Failed to fetch dynamically imported module');
    // Tried once more at once, in case the first fetch raced the connection's return.
    expect(load).toHaveBeenCalledTimes(2);
  });
});
