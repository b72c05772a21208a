/**
 * Raw mail read, walked part by part ({@link org.escalationrouter.mime.MimeTree}) and shown as
 * text, shared by every feature that reads mail (parse, pipeline, bounce, cli, web); a leaf that
 * uses no other part of the project.
 */
package org.escalationrouter.mime;
