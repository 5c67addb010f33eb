package ai.scorecard.security;

/** What an account may do. Readers need no account; ADMIN may do all an EDITOR may, and more. */
public enum Role {
    EDITOR,
    ADMIN
}
