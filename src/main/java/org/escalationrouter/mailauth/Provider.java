package org.escalationrouter.mailauth;

/** Where tokens come from, and the scopes a mail login needs there when none is configured. */
public enum Provider {
  /** Microsoft Entra ID, for Exchange Online: IMAP, POP and SMTP AUTH. */
  MICROSOFT {
    @Override
    String tokenUri(OAuth2Credential c) {
      // token-uri, when given, is for a national cloud (login.microsoftonline.us, …)
      return c.tokenUri() != null && !c.tokenUri().isBlank()
          ? c.tokenUri()
          : "https://login.microsoftonline.com/" + c.tenant() + "/oauth2/v2.0/token";
    }

    @Override
    String defaultScope(boolean delegated) {
      // an app's own permissions (IMAP.AccessAsApp, POP.AccessAsApp, SMTP.SendAsApp) come in
      // .default
      return delegated
          ? "https://outlook.office.com/IMAP.AccessAsUser.All"
              + " https://outlook.office.com/POP.AccessAsUser.All"
              + " https://outlook.office.com/SMTP.Send offline_access"
          : "https://outlook.office365.com/.default";
    }
  },
  /** Google Workspace and Gmail: a service account's delegation, or a user's refresh token. */
  GOOGLE {
    @Override
    String tokenUri(OAuth2Credential c) {
      return "https://oauth2.googleapis.com/token";
    }

    @Override
    String defaultScope(boolean delegated) {
      return "https://mail.google.com/";
    }
  },
  /** Any other authorization server: its token endpoint and scope are configured. */
  GENERIC {
    @Override
    String tokenUri(OAuth2Credential c) {
      return c.tokenUri();
    }

    @Override
    String defaultScope(boolean delegated) {
      return null;
    }
  };

  abstract String tokenUri(OAuth2Credential credential);

  /** The scope to ask for; {@code delegated} when a user's refresh token is used. */
  abstract String defaultScope(boolean delegated);
}
