/**
 * The judge: severity and named signals, each with the words that triggered it, by phrase books and
 * compositions in five languages; and its evaluation.
 */
package org.escalationrouter.judge;
