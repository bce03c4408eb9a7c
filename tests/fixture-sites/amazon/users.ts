export interface AmazonUser {
  email: string;
  password: string;
  /** Shown in the greeting ("Cześć, Jan"). */
  name: string;
}

/** The same two accounts exist on every marketplace. */
export const amazonUsers: readonly AmazonUser[] = [
  { email: 'jan@example.com', password: 'haslo123', name: 'Jan' },
  { email: 'anna@example.com', password: 'haslo123', name: 'Anna' },
];

export function findUser(email: string): AmazonUser | undefined {
  const wanted = email.trim().toLowerCase();
  return amazonUsers.find((user) => user.email === wanted);
}
