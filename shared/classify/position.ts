/** A post as printed, cleaned of what is not part of it (职务, notes such as （试用期一年）, punctuation). */

/** Notes after a post that are not part of it: （试用期一年） */
const TRAILING_NOTE = /[（(][^（）()]*(?:试用期|试用|任期|保留|享受|按程序|挂职)[^（）()]*[）)]$/;

/** Cleans a post as printed: no trailing 职务, notes or punctuation. */
export function cleanPosition(raw: string): string | null {
  let post = raw.replace(/[。，；：、\s]+$/, '');
  post = post.replace(TRAILING_NOTE, '');
  post = post.replace(/(?:的?职务)(?:的(?:请求|申请))?$/, '');
  post = post.replace(/^[为任：]/, '');
  if (post.length < 2 || post.length > 80) return null;
  if (post.includes('同志') || post.includes('：') || /特此|此件/.test(post)) return null;
  return post;
}

