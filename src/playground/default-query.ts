/** What the playground opens with: the question analysts ask first. */
export const DEFAULT_PLAYGROUND_QUERY = `# Which Laotian provinces partner with Ha Tinh, through which agreements, and says who?
query HaTinhLaosPartners {
  partnerships(of: "province:ha-tinh", country: "country:laos") {
    id
    name
    partnershipKind
    since
    partner {
      id
      name
      aliases
      ... on Locality { level }
    }
    agreements { id name issuedOn validFrom validUntil parties { entity { id name } } }
    basis { id name issuer { name } }
    sources { publisher title publishedOn url }
  }
}
`;
