/** A post as printed, cleaned of what is not part of it (职务, notes such as （试用期一年）, punctuation). */

/** Notes after a post that are not part of it: （试用期一年） */
const TRAILING_NOTE = /[（(][^（）()]*(?:试用期|试用|任期|保留|享受|按程序|挂职)[^（）()]*[）)]$/;

/**
 * Cleans a post as printed: no trailing notes or punctuation, and no trailing 职务 where it belongs to the act's
 * frame (免去P职务, 辞去P职务的请求). `keepDuty` keeps a 职务 the post itself prints (拟任设区市副厅级领导职务).
 */
export function cleanPosition(raw: string, keepDuty = false): string | null {
  let post = raw.replace(/[。，；：、\s]+$/, '');
  post = post.replace(TRAILING_NOTE, '');
  if (!keepDuty) post = post.replace(/(?:的?职务)(?:的(?:请求|申请))?$/, '');
  post = post.replace(/^[为任：]/, '');
  if (post.length < 2 || post.length > 80) return null;
  if (post.includes('同志') || post.includes('：') || /特此|此件/.test(post)) return null;
  return post;
}

