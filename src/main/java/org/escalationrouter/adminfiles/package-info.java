/** The problems found in the files an admin edits in routes/, each named by file and line. */
package org.escalationrouter.adminfiles;
