import { registerEnumType } from 'type-graphql';
import { ListOrder, orderByDate, orderByName } from './listing.repository';

export enum NameOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

export enum DatedOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
}

registerEnumType(NameOrder, { name: 'NameOrder', description: 'Alphabetical by name, ignoring case and diacritics.' });
registerEnumType(DatedOrder, {
  name: 'DatedOrder',
  description: "By the list's date (its start, at the precision the source gives; undated items last) or by name.",
});

export function listOrder(order: NameOrder | DatedOrder, dateProperty?: string): ListOrder {
  const descending = order.endsWith('_DESC');
  if (order.startsWith('DATE_') && dateProperty) return orderByDate(dateProperty, descending);
  return orderByName(descending);
}
