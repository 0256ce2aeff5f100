/**
 * The engine speaks `/` paths; Node speaks native ones. These helpers convert at the edge.
 */
import path from 'node:path';
import { compareText } from '../engine/text.js';

/** A native path with `/` separators (a no-op on POSIX). */
export function toPosixPath(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** `to` relative to `from`, with `/` separators; `.` when they are the same. */
export function relativePosix(from: string, to: string): string {
  return toPosixPath(path.relative(from, to)) || '.';
}

/** Whether a relative path leaves its base folder (`../x`, or another drive on Windows). */
export function escapesBase(relative: string): boolean {
  return relative === '..' || relative.startsWith('../') || path.isAbsolute(relative);
}

/** Whether `target` is `folder` or lies inside it (no `..` out of it, no other drive). */
export function isInside(folder: string, target: string): boolean {
  return !escapesBase(relativePosix(folder, target));
}

/** Code-unit order, independent of the locale, so every machine lists files the same way. */
export const comparePaths = compareText;
