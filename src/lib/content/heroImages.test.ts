import { describe, expect, it } from 'vitest';
import { formatMissingHeroImage, heroImageFile, missingHeroImage } from './heroImages';

const post = (frontmatter: string) => ({ path: 'content/posts/p.md', text: `---\ntitle: P\n${frontmatter}\n---\nBody.\n` });

describe('heroImageFile', () => {
  it('resolves relative to the post folder', () => {
    expect(heroImageFile('content/posts/p.md', './hero.png')).toBe('content/posts/hero.png');
    expect(heroImageFile('content/posts/2026/p.md', '../../../src/assets/hero.png')).toBe('src/assets/hero.png');
    expect(heroImageFile('content/posts/p.md', 'hero.png')).toBe('content/posts/hero.png');
  });

  it('leaves URLs, aliases and root paths to Astro', () => {
    for (const image of ['https://example.com/x.png', '~/assets/x.png', '@/x.png', '/src/x.png']) expect(heroImageFile('content/posts/p.md', image)).toBeUndefined();
  });
});

describe('missingHeroImage', () => {
  it('names the post, the line of heroImage and where it looked', () => {
    const problem = missingHeroImage(post('description: D.\nheroImage: ./gone.png'), () => false);
    expect(problem && formatMissingHeroImage(problem)).toBe('content/posts/p.md:4: heroImage: ./gone.png not found (looked for content/posts/gone.png)');
  });

  it('passes an image that exists, a post without one and a broken frontmatter (Astro reports that)', () => {
    expect(missingHeroImage(post('heroImage: ./here.png'), (p) => p === 'content/posts/here.png')).toBeUndefined();
    expect(missingHeroImage(post('description: D.'), () => false)).toBeUndefined();
    expect(missingHeroImage({ path: 'content/posts/p.md', text: '---\ntitle: [\n---\n' }, () => false)).toBeUndefined();
  });
});
