/**
 * The profile's shape as documents: a JSON Schema for editors and validators, and a blank YAML template with a
 * comment per field naming the criteria that ask for it. Both are generated from the model records, so they cannot
 * drift from what the reader accepts. Public API.
 */
package dev.kijun.schema;
