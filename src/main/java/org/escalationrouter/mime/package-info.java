/**
 * Raw mail read and shown as text, shared by every feature that reads mail (parse, pipeline,
 * bounce, cli, web); a leaf that uses no other part of the project.
 */
package org.escalationrouter.mime;
