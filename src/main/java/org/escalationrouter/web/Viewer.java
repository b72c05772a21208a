package org.escalationrouter.web;

/**
 * The person looking at the dashboard or calling the API.
 *
 * @param executiveId for {@link Role#EXECUTIVE}: who they are in the executive directory
 */
record Viewer(String username, Role role, String executiveId) {

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
