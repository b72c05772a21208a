/**
 * Customers' personal data: retention periods per kind of data, erasure and export for one sender,
 * and the one place that deletes a stored original ({@code RawBodies}).
 */
package org.escalationrouter.privacy;
