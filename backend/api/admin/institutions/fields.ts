/** What staff see of an institution: its fields and the customer account it marks. */
export const ADMIN_INSTITUTION_FIELDS = [
  "id", "customer_id", "name", "business_number", "contact_name", "contact_phone", "contact_email", "created_at", "updated_at",
  "customer.id", "customer.email", "customer.first_name", "customer.last_name",
]
