/** Reading profiles and policies from YAML and JSON, strictly, with errors that name the file, the place and the fix. Public API. */
package dev.kijun.io;
