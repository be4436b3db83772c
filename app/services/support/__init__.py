"""What every use case is built from: who is acting, the permission authority, validation and text rules, the audit trail, optimistic locking, atomic files."""
