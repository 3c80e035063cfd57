import { mediaRefs, srcsetOf } from './media-embeds.service';
import { ProcessingQueue } from './media-processor';

const ID = '0e6d4c1a-1b2c-4d5e-8f90-123456789abc';

describe('mediaRefs: the uploads a post body embeds, as the renderer will see them', () => {
  it('finds images with their alt text and links to uploads, and nothing in code', () => {
    const body = `Kijk ![Een *molen*](/media/${ID}) en [het programma](/media/${ID.replace('abc', 'abd')}).\n\n\`![](/media/${ID.replace('abc', 'abe')})\`\n\n![](https://elders.example/x.png)`;
    expect(mediaRefs(body)).toEqual([
      { id: ID, image: true, alt: 'Een molen' },
      { id: ID.replace('abc', 'abd'), image: false, alt: '' },
    ]);
  });

  it('sees an image without alt text, and a size variant as its upload', () => {
    expect(mediaRefs(`![](/media/${ID}/640.webp)`)).toEqual([{ id: ID, image: true, alt: '' }]);
    expect(mediaRefs('geen media hier')).toEqual([]);
  });
});

describe('srcsetOf', () => {
  it('lists the WebP sizes, smallest first', () => {
    const v = (name: string, width: number, contentType = 'image/webp') => ({ name, width, height: 1, bytes: 1, contentType });
    expect(srcsetOf(ID, [v('1280.webp', 1280), v('full', 1600, 'image/jpeg'), v('320.webp', 320), v('320.jpg', 320, 'image/jpeg')])).toBe(
      `/media/${ID}/320.webp 320w, /media/${ID}/1280.webp 1280w`,
    );
  });
});

describe('ProcessingQueue', () => {
  it('runs at most `concurrency` jobs at once, queues up to its bound, and refuses past it with MEDIA_BUSY', async () => {
    const queue = new ProcessingQueue(1, 1);
    let release!: () => void;
    const first = queue.run(() => new Promise<string>((r) => (release = () => r('a'))));
    const second = queue.run(async () => 'b');
    expect(queue.load).toEqual({ running: 1, waiting: 1 });
    await expect(queue.run(async () => 'c')).rejects.toMatchObject({ code: 'RATE_LIMITED', extensions: { reason: 'MEDIA_BUSY' } });
    release();
    expect(await first).toBe('a');
    expect(await second).toBe('b');
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });
});
