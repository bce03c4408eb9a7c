import type { GuideInput } from '../../schema';
import { cancelPrime } from './cancel-prime';
import { closeAccount } from './close-account';
import { closeAccountByCustomerService } from './close-account-customer-service';

/** Amazon's guides, in the order the popup offers them. */
export const amazonGuides: GuideInput[] = [cancelPrime, closeAccount, closeAccountByCustomerService];
