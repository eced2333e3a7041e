package org.slicewright.interchange;

/**
 * Positions on the WGS84 ellipsoid, as far as planning needs them: great-circle distances (on the
 * mean Earth radius; under 0.5 % off the ellipsoid, well inside a link-length estimate), which link
 * latencies come from, and a local equirectangular projection to metres around a centre, which is
 * what the diagram draws and k-means groups by. The projection is exact north-south; east-west it
 * scales by the cosine of the centre's latitude, so a distance in the drawing is off by about
 * tan(latitude) times the north-south distance from the centre over the Earth's radius: under 1 % within
 * 50 km of the centre at mid latitudes, about 5 % at 300 km.
 */
public final class Wgs84 {
  /** Mean Earth radius, metres (IUGG). */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  /** Light in fibre: about 200 000 km/s, so 200 km per millisecond (Net2Plan's default too). */
  public static final double FIBRE_KM_PER_MS = 200.0;

  private Wgs84() {
  }

  /** Great-circle distance in kilometres (haversine). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
    double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))) / 1000;
  }

  /** One-way propagation latency over a fibre of this length, ms. */
  public static double fibreLatencyMs(double km) {
    return km / FIBRE_KM_PER_MS;
  }

  /** A local projection centred on one point: east and north metres from it. */
  public record Projection(double centreLatitude, double centreLongitude) {
    /** East metres of a position. */
    public double x(double latitude, double longitude) {
      return EARTH_RADIUS_M * Math.toRadians(wrap(longitude - centreLongitude)) * Math.cos(Math.toRadians(centreLatitude));
    }

    /** North metres of a position. */
    public double y(double latitude, double longitude) {
      return EARTH_RADIUS_M * Math.toRadians(latitude - centreLatitude);
    }

    /** The latitude of a planar point. */
    public double latitude(double x, double y) {
      return centreLatitude + Math.toDegrees(y / EARTH_RADIUS_M);
    }

    /** The longitude of a planar point. */
    public double longitude(double x, double y) {
      return wrap(centreLongitude + Math.toDegrees(x / (EARTH_RADIUS_M * Math.cos(Math.toRadians(centreLatitude)))));
    }

    private static double wrap(double degrees) {
      double d = ((degrees + 180) % 360 + 360) % 360 - 180;
      return d == -180 && degrees > 0 ? 180 : d;
    }
  }
}
