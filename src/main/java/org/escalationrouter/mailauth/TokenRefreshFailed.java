package org.escalationrouter.mailauth;

/** No access token could be had; the message is the one reason shown in health and logs. */
public final class TokenRefreshFailed extends RuntimeException {

  TokenRefreshFailed(String reason) {
    super(reason);
  }
}
