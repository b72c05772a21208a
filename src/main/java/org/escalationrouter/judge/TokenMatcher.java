package org.escalationrouter.judge;

/** What one word of a phrase pattern accepts. */
sealed interface TokenMatcher {

  boolean accepts(Token token);

  /** A literal word, already folded. */
  record Word(String word) implements TokenMatcher {
    @Override
    public boolean accepts(Token token) {
      return token.text().equals(word) || token.bare().equals(word);
    }
  }

  /** {@code cancel*}: any word starting with the stem. */
  record Stem(String stem) implements TokenMatcher {
    @Override
    public boolean accepts(Token token) {
      return token.text().startsWith(stem) || token.bare().startsWith(stem);
    }
  }

  /**
   * {@code *storung}: any word ending with the ending, itself included; German compounds put the
   * word that carries the meaning last ("Signalstörung", "Marktleitung").
   */
  record Ending(String ending) implements TokenMatcher {
    @Override
    public boolean accepts(Token token) {
      return token.text().endsWith(ending);
    }
  }

  /** {@code @@name}: a member of a word set written as a handle ("@timesofindia"). */
  record Handle(TokenMatcher word) implements TokenMatcher {
    @Override
    public boolean accepts(Token token) {
      return token.handle() && word.accepts(token);
    }
  }

  /** {@code <handle>}: any word written as a handle ("@united", "@Movistar_es"). */
  record AnyHandle() implements TokenMatcher {
    @Override
    public boolean accepts(Token token) {
      return token.handle();
    }
  }

  /** {@code <num>}: any number. */
  record AnyNumber() implements TokenMatcher {
    @Override
    public boolean accepts(Token token) {
      return token.isNumber();
    }
  }

  /** {@code <age>}: a whole number an elderly person's age could be (65 to 119). */
  record OldAge() implements TokenMatcher {
    @Override
    public boolean accepts(Token token) {
      String t = token.text();
      if (t.length() < 2 || t.length() > 3 || !t.chars().allMatch(Character::isDigit)) {
        return false;
      }
      int age = Integer.parseInt(t);
      return age >= 65 && age < 120;
    }
  }
}
