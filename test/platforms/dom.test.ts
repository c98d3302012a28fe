// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { popoverAnchor } from '../../src/platforms/dom';
import { placeAt } from './kit';

describe('popoverAnchor: the control a hover-opened popover sits next to', () => {
  let picker: Element;
  let love: Element;
  const likes: Element[] = [];

  beforeEach(() => {
    document.body.innerHTML = `
      <article id="a"><button class="like">Like</button></article>
      <article id="b"><button class="like">Like</button></article>
      <article id="c"><button class="like">Like</button></article>
      <div role="dialog" aria-label="Reactions"><button class="like">Like</button><button id="love">Love</button></div>`;
    likes.splice(0, 3, ...document.querySelectorAll('article .like'));
    picker = document.querySelector('[role="dialog"]')!;
    love = document.querySelector('#love')!;
    placeAt(likes[0]!, 20, 100, 80, 32);
    placeAt(likes[1]!, 20, 700, 80, 32);
    placeAt(likes[2]!, 20, 1300, 80, 32);
  });

  it('finds the control just below the popover (the picker opens above Like)', () => {
    placeAt(picker, 10, 640, 320, 48);
    expect(popoverAnchor(love, '.like')).toBe(likes[1]);
  });

  it('finds the control just above it (near the top of the screen the picker opens below)', () => {
    placeAt(picker, 10, 140, 320, 48);
    expect(popoverAnchor(love, '.like')).toBe(likes[0]);
  });

  it("never takes the popover's own buttons, which reuse the labels", () => {
    placeAt(picker, 10, 640, 320, 48);
    placeAt(picker.querySelector('.like')!, 12, 644, 40, 40);
    expect(popoverAnchor(love, '.like')).toBe(likes[1]);
  });

  it('finds nothing when no control is close, or the popover is not rendered', () => {
    placeAt(picker, 10, 400, 320, 48);
    expect(popoverAnchor(love, '.like')).toBeNull();
    placeAt(picker, 0, 0, 0, 0);
    expect(popoverAnchor(love, '.like')).toBeNull();
  });

  it('skips controls that are not rendered (zero boxes: hidden, or scrolled out of a virtual list)', () => {
    placeAt(picker, 10, 640, 320, 48);
    placeAt(likes[1]!, 0, 0, 0, 0);
    expect(popoverAnchor(love, '.like')).toBeNull();
  });

  it('uses the item itself when it sits in no known popover container', () => {
    const loose = document.createElement('button');
    document.body.append(loose);
    placeAt(loose, 30, 1250, 40, 30);
    expect(popoverAnchor(loose, '.like')).toBe(likes[2]);
  });
});
