/**
 * The composer's idea chips, as message keys (namespace `music`). The words go to the description
 * planner in the user's language, so every translation must plan the same piece as the English
 * (ideas.test.ts checks this).
 */
export const IDEA_KEYS = ['composer.idea.meditation', 'composer.idea.piano', 'composer.idea.rain', 'composer.idea.morning'] as const;
