import { addressActions } from './account-address-actions';

describe('addressActions', () => {
  it('offers to prove an unproved e-mail and to add a number, but not to remove the only address', () => {
    const actions = addressActions({ email: 'agent@coophub.ma', emailVerified: false, phone: null, phoneVerified: false });
    expect(actions.email).toEqual({ verify: true, change: true, remove: false });
    expect(actions.phone).toEqual({ verify: false, change: false, remove: false });
    expect(actions.missing).toBe('phone');
  });

  it('removes an address only while the other one is proved', () => {
    const both = { email: 'agent@coophub.ma', phone: '+212612345678', phoneVerified: true };
    expect(addressActions({ ...both, emailVerified: false }).phone.remove).toBe(false);
    expect(addressActions({ ...both, emailVerified: false }).email.remove).toBe(true);
    expect(addressActions({ ...both, emailVerified: true }).phone.remove).toBe(true);
    expect(addressActions({ ...both, emailVerified: true }).missing).toBeNull();
  });
});
